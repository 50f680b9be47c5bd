// CNCursesW: the C side of ComptoirTerminal (the only module that imports it).
//
// - Turns on ncurses' wide-character API (get_wch, waddnwstr, cchar_t…): both macros must be
//   set before <ncursesw/curses.h>.
// - Wraps the curses globals and macros that Swift 6 cannot import (stdscr, LINES, COLS,
//   A_BOLD, KEY_F(n)…) in small functions.
// - Holds the async-signal-safe terminal restoration used by the signal handlers. It keeps NO
//   static state: every piece of state lives in a `cmp_guard` allocated once by Swift and passed
//   by pointer (a static variable in a header would be duplicated in every object file that
//   uses it).
#ifndef COMPTOIR_CNCURSESW_SHIM_H
#define COMPTOIR_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// MARK: - Globals and macros

static inline WINDOW *cmp_stdscr(void) { return stdscr; }
static inline int cmp_lines(void) { return LINES; }
static inline int cmp_cols(void) { return COLS; }
static inline int cmp_colors(void) { return COLORS; }
static inline int cmp_color_pairs(void) { return COLOR_PAIRS; }
static inline int cmp_escdelay(void) { return ESCDELAY; }
static inline int cmp_getmaxx(WINDOW *win) { return getmaxx(win); }
static inline int cmp_getmaxy(WINDOW *win) { return getmaxy(win); }

static inline attr_t cmp_a_normal(void) { return A_NORMAL; }
static inline attr_t cmp_a_bold(void) { return A_BOLD; }
static inline attr_t cmp_a_reverse(void) { return A_REVERSE; }
static inline attr_t cmp_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cmp_a_dim(void) { return A_DIM; }

static inline int cmp_key_f(int n) { return KEY_F(n); }

/// Sets the window's current attributes and colour pair (wattr_set is also a macro).
static inline int cmp_set_attributes(WINDOW *win, attr_t attrs, short pair) {
    return wattr_set(win, attrs, pair, NULL);
}

/// Reads the character(s), attributes and colour pair of one cell of a window.
/// Returns the number of wide characters written to `chars` (at most `capacity`), or -1.
static inline int cmp_read_cell(WINDOW *win, int y, int x, wchar_t *chars, int capacity,
                                attr_t *attrs, short *pair) {
    cchar_t cell;
    if (capacity < 1 || mvwin_wch(win, y, x, &cell) == ERR) return -1;
    wchar_t buffer[CCHARW_MAX + 1];
    if (getcchar(&cell, buffer, attrs, pair, NULL) == ERR) return -1;
    int count = 0;
    while (count < CCHARW_MAX && buffer[count] != 0 && count < capacity) {
        chars[count] = buffer[count];
        count++;
    }
    return count;
}

/// The terminal's code for a terminfo key capability such as "kUP5" (Ctrl+Up), or 0.
static inline int cmp_key_code_for_capability(const char *capname) {
    char *value = tigetstr(capname);
    if (value == NULL || value == (char *)-1) return 0;
    int code = key_defined(value);
    return code > 0 ? code : 0;
}

/// nl_langinfo(CODESET): the character set of the current LC_CTYPE.
static inline const char *cmp_codeset(void) { return nl_langinfo(CODESET); }

static inline int cmp_wcwidth(wchar_t c) { return wcwidth(c); }

// MARK: - Emergency restoration (signal handlers, atexit)

#define CMP_GUARD_SIGNALS 65
#define CMP_GUARD_SEQUENCE 512

/// Everything a signal handler needs to give the terminal back, captured while curses runs.
typedef struct cmp_guard {
    struct termios saved_termios;  // the tty's mode before curses changed it
    int termios_valid;
    int input_fd;                  // where tcsetattr goes
    int output_fd;                 // where the restoring escape sequences go
    volatile sig_atomic_t active;  // 1 while curses owns the screen
    size_t sequence_length;
    char sequence[CMP_GUARD_SEQUENCE];
    int installed[CMP_GUARD_SIGNALS];
    struct sigaction previous[CMP_GUARD_SIGNALS];
} cmp_guard;

static inline void cmp_guard_reset(cmp_guard *g) {
    memset(g, 0, sizeof(*g));
    g->input_fd = -1;
    g->output_fd = -1;
}

/// Saves the tty mode of `fd` (before curses starts). Returns 0 on success.
static inline int cmp_guard_save_termios(cmp_guard *g, int fd) {
    g->input_fd = fd;
    g->termios_valid = (fd >= 0 && tcgetattr(fd, &g->saved_termios) == 0);
    return g->termios_valid ? 0 : -1;
}

/// Appends raw bytes to the restoring sequence (dropped if it would not fit).
static inline void cmp_guard_append_bytes(cmp_guard *g, const char *bytes, size_t length) {
    if (g->sequence_length + length > CMP_GUARD_SEQUENCE) return;
    memcpy(g->sequence + g->sequence_length, bytes, length);
    g->sequence_length += length;
}

/// Appends the current terminal's string capability `capname` (e.g. "rmcup"), its padding
/// directives ("$<5>") removed. Needs curses started (cur_term set). Returns 1 if appended.
static inline int cmp_guard_append_capability(cmp_guard *g, const char *capname) {
    char *value = tigetstr(capname);
    if (value == NULL || value == (char *)-1) return 0;
    char clean[CMP_GUARD_SEQUENCE];
    size_t n = 0;
    for (const char *p = value; *p != 0 && n < sizeof(clean); p++) {
        if (p[0] == '$' && p[1] == '<') {
            const char *end = strchr(p, '>');
            if (end != NULL) { p = end; continue; }
        }
        clean[n++] = *p;
    }
    if (n == 0) return 0;
    cmp_guard_append_bytes(g, clean, n);
    return 1;
}

/// Gives the terminal back: restoring sequences, then the saved tty mode. Only
/// async-signal-safe calls (write, tcsetattr). Does nothing unless the guard is active.
static inline void cmp_guard_restore(cmp_guard *g) {
    if (!g->active) return;
    g->active = 0;
    if (g->output_fd >= 0) {
        size_t done = 0;
        while (done < g->sequence_length) {
            ssize_t n = write(g->output_fd, g->sequence + done, g->sequence_length - done);
            if (n > 0) { done += (size_t)n; continue; }
            if (n < 0 && errno == EINTR) continue;
            break;
        }
    }
    if (g->termios_valid && g->input_fd >= 0) {
        tcsetattr(g->input_fd, TCSANOW, &g->saved_termios);
    }
}

/// Installs `handler` for `sig`, remembering the previous action. A signal the process was
/// started ignoring (nohup's SIGHUP…) stays ignored. Returns 1 if installed.
static inline int cmp_guard_install(cmp_guard *g, int sig, void (*handler)(int, siginfo_t *, void *)) {
    if (sig <= 0 || sig >= CMP_GUARD_SIGNALS || g->installed[sig]) return 0;
    struct sigaction previous;
    if (sigaction(sig, NULL, &previous) != 0) return 0;
    if (!(previous.sa_flags & SA_SIGINFO) && previous.sa_handler == SIG_IGN) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_sigaction = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    if (sigaction(sig, &action, &g->previous[sig]) != 0) return 0;
    g->installed[sig] = 1;
    return 1;
}

/// Puts back every action replaced by cmp_guard_install.
static inline void cmp_guard_uninstall_all(cmp_guard *g) {
    for (int sig = 1; sig < CMP_GUARD_SIGNALS; sig++) {
        if (g->installed[sig]) {
            sigaction(sig, &g->previous[sig], NULL);
            g->installed[sig] = 0;
        }
    }
}

/// The body of the signal handlers: restore the terminal, put back the previous action (the
/// default one, or Swift's crash backtracer) and let it see the signal:
/// - a fault the kernel raised (SIGSEGV, SIGBUS, SIGILL, SIGFPE with si_code > 0) happens again
///   as soon as we return, at the same instruction, with its true address;
/// - a fault signal sent with kill() goes to the default action (the process dies with it);
/// - anything else (kill, abort, SIGTRAP whose instruction is not re-executed on x86) is raised
///   again: it is blocked while its handler runs, so it is delivered when we return.
/// Async-signal-safe.
static inline void cmp_guard_handle_signal(cmp_guard *g, int sig, siginfo_t *info) {
    int saved_errno = errno;
    cmp_guard_restore(g);
    int fault_signal = (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE);
    if (fault_signal && (info == NULL || info->si_code <= 0)) {
        // Sent with kill(): there is no fault for the backtracer to report, and after it
        // returned the process would run on without its screen. Die with the signal.
        if (sig > 0 && sig < CMP_GUARD_SIGNALS) g->installed[sig] = 0;
        signal(sig, SIG_DFL);
        raise(sig);
        errno = saved_errno;
        return;
    }
    if (sig > 0 && sig < CMP_GUARD_SIGNALS && g->installed[sig]) {
        g->installed[sig] = 0;
        sigaction(sig, &g->previous[sig], NULL);
    } else {
        signal(sig, SIG_DFL);
    }
    int refaults = info != NULL && info->si_code > 0
        && (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE);
    if (!refaults) raise(sig);
    errno = saved_errno;
}

#endif
