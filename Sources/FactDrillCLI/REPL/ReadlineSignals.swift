import CReadline
import Foundation

/// Routes SIGINT, SIGWINCH and SIGTSTP to a pipe while at least one `ReadlineLineReader` lives.
///
/// The C handler (in `shim.h`) only writes the signal number to the pipe, which is
/// async-signal-safe; the reader polls the pipe's read end next to standard input. Shared and
/// counted, so two readers in one process (tests) do not undo each other's handlers.
enum ReadlineSignals {
    // nonisolated(unsafe), both: readers are made and dropped on the thread that reads lines (the
    // REPL's, or a test's), never concurrently; the C handler only uses the pipe's write end, copied
    // into C at setup.
    nonisolated(unsafe) private static var users = 0
    nonisolated(unsafe) private static var pipeEnds: (read: Int32, write: Int32)?

    /// Starts routing (for the first user) and returns the pipe's read end, or `nil` if no
    /// pipe could be made (then Ctrl-C keeps its default effect).
    static func acquire() -> Int32? {
        users += 1
        if users == 1 {
            pipeEnds = makePipe()
            if let ends = pipeEnds, fd_install_signal_pipe(ends.write) != 0 {
                fd_restore_signals()
                close(ends.read)
                close(ends.write)
                pipeEnds = nil
            }
        }
        return pipeEnds?.read
    }

    /// Stops routing and restores the previous handlers once the last user is gone.
    static func release() {
        users -= 1
        guard users == 0, let ends = pipeEnds else { return }
        fd_restore_signals()
        close(ends.read)
        close(ends.write)
        pipeEnds = nil
    }

    /// Empties the pipe and returns the signal numbers it held.
    static func drain() -> [UInt8] {
        guard let ends = pipeEnds else { return [] }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(ends.read, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            received.append(contentsOf: buffer[0..<count])
        }
        return received
    }

    /// A non-blocking, close-on-exec pipe, or `nil` if none can be made.
    private static func makePipe() -> (read: Int32, write: Int32)? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        return (ends[0], ends[1])
    }
}
