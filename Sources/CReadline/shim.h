#ifndef FACTDRILL_CREADLINE_SHIM_H
#define FACTDRILL_CREADLINE_SHIM_H
#include <stdio.h>
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
#endif
