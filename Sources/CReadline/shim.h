#ifndef FACTDRILL_CREADLINE_SHIM_H
#define FACTDRILL_CREADLINE_SHIM_H
#include <stdio.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 rejects readline's mutable C globals as not concurrency-safe; these setters and
   getters are the only way the CLI touches them. */
static inline void fd_set_completion_function(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
static inline void fd_set_completion_append_character(int c) { rl_completion_append_character = c; }
static inline void fd_set_attempted_completion_over(int v) { rl_attempted_completion_over = v; }
static inline const char *fd_line_buffer(void) { return rl_line_buffer; }
static inline int fd_point(void) { return rl_point; }
static inline void fd_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void fd_set_catch_signals(int v) { rl_catch_signals = v; }
static inline void fd_set_catch_sigwinch(int v) { rl_catch_sigwinch = v; }
static inline void fd_set_change_environment(int v) { rl_change_environment = v; }
/* Only blanks separate words, so deck ids with punctuation complete as one word. */
static inline void fd_set_word_breaks_blanks(void) { rl_completer_word_break_characters = " \t"; }
/* Moves the cursor to the end of the line, so "^C" is echoed after what was typed. */
static inline void fd_point_to_end(void) { rl_point = rl_end; }
static inline const char *fd_library_version(void) { return rl_library_version; }
static inline FILE *fd_stdout(void) { return stdout; }
static inline FILE *fd_stderr(void) { return stderr; }
static inline FILE *fd_rl_instream(void) { return rl_instream != NULL ? rl_instream : stdin; }

/* Signals while reading a line. The handler only writes the signal number to a pipe (the
   self-pipe trick): write(2) is async-signal-safe, and the reader's poll(2) on that pipe wakes
   whichever thread the kernel delivered the signal to. */
/* Function-local statics: file-scope ones in a header are not emitted by Swift's importer. */
static inline int *fd_signal_pipe_write_end(void) { static int end = -1; return &end; }
static inline struct sigaction *fd_saved_actions(void) { static struct sigaction saved[3]; return saved; }

static inline void fd_signal_to_pipe(int sig) {
    int saved_errno = errno;
    unsigned char byte = (unsigned char)sig;
    int end = *fd_signal_pipe_write_end();
    if (end >= 0) {
        ssize_t written = write(end, &byte, 1);
        (void)written; /* a full pipe already holds a pending signal */
    }
    errno = saved_errno;
}

/* Routes SIGINT, SIGWINCH and SIGTSTP (unless ignored, as without job control) to the pipe;
   returns 0 on success, -1 with errno on failure. */
static inline int fd_install_signal_pipe(int write_end) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = fd_signal_to_pipe;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART; /* other system calls (SQLite's) must not see EINTR */
    *fd_signal_pipe_write_end() = write_end;
    if (sigaction(SIGINT, &action, &fd_saved_actions()[0]) != 0) return -1;
    if (sigaction(SIGWINCH, &action, &fd_saved_actions()[1]) != 0) return -1;
    if (sigaction(SIGTSTP, NULL, &fd_saved_actions()[2]) != 0) return -1;
    if (fd_saved_actions()[2].sa_handler != SIG_IGN && sigaction(SIGTSTP, &action, NULL) != 0) return -1;
    return 0;
}

/* Puts back the handlers that were in place before fd_install_signal_pipe. */
static inline void fd_restore_signals(void) {
    if (*fd_signal_pipe_write_end() < 0) return;
    sigaction(SIGINT, &fd_saved_actions()[0], NULL);
    sigaction(SIGWINCH, &fd_saved_actions()[1], NULL);
    sigaction(SIGTSTP, &fd_saved_actions()[2], NULL);
    *fd_signal_pipe_write_end() = -1;
}

/* Stops the process as an unhandled Ctrl-Z would, and returns once it is continued. */
static inline void fd_suspend_self(void) {
    struct sigaction stop, routed;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &routed);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &routed, NULL);
}

/* The newest history entry's text, or NULL when the history is empty. */
static inline const char *fd_history_last_line(void) {
    HIST_ENTRY *entry = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    return entry != NULL ? entry->line : NULL;
}
#endif
