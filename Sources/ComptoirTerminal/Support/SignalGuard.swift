#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesW

/// Gives the terminal back when the process dies without calling `Terminal.stop()`: on
/// SIGTERM, SIGHUP, SIGINT, SIGQUIT sent from outside, on crashes (SIGSEGV, SIGBUS, SIGILL,
/// SIGFPE, SIGABRT, SIGTRAP: Swift's traps are SIGILL/SIGTRAP) and at `exit()`.
///
/// The handlers only call async-signal-safe functions (`write`, `tcsetattr`, `sigaction`,
/// `raise`; see `cmp_guard_handle_signal` in shim.h): they write the terminfo strings that
/// leave the alternate screen and show the cursor (captured when curses started), restore the
/// tty mode saved before curses started, put back the previous action (the default one, or
/// Swift's backtracer, which then prints its crash report on a sane terminal) and let the
/// signal reach it (raised again, or for a hardware fault, re-triggered by returning).
enum SignalGuard {
    /// The state the handlers read: allocated once and never freed, before any handler is
    /// installed (so the handlers only ever read an initialised global).
    nonisolated(unsafe) static let state: UnsafeMutablePointer<cmp_guard> = {
        let pointer = UnsafeMutablePointer<cmp_guard>.allocate(capacity: 1)
        pointer.initialize(to: cmp_guard())
        cmp_guard_reset(pointer)
        return pointer
    }()

    static let terminatingSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// The terminfo strings written to give the screen back, in this order.
    static let restoringCapabilities = ["sgr0", "cnorm", "rmkx", "rmcup"]

    nonisolated(unsafe) private static var exitHookRegistered = false

    /// Saves the tty mode of `descriptor`: call it before curses changes it.
    static func saveTTYMode(of descriptor: Int32) {
        _ = cmp_guard_save_termios(state, descriptor)
    }

    /// Installs the handlers (idempotent) and, once per process, an `atexit` hook.
    static func installHandlers() {
        let handler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
            signal, info, _ in
            cmp_guard_handle_signal(SignalGuard.state, signal, info)
        }
        for signal in terminatingSignals + crashSignals {
            _ = cmp_guard_install(state, signal, handler)
        }
        if !exitHookRegistered {
            exitHookRegistered = true
            atexit { cmp_guard_restore(SignalGuard.state) }
        }
    }

    /// Puts back the actions the handlers replaced.
    static func uninstallHandlers() {
        cmp_guard_uninstall_all(state)
    }

    /// Arms the restoration: captures the current terminal's restoring strings (curses must
    /// be started) to be written on `outputDescriptor`.
    static func activate(outputDescriptor: Int32) {
        state.pointee.active = 0
        state.pointee.sequence_length = 0
        for capability in restoringCapabilities {
            _ = cmp_guard_append_capability(state, capability)
        }
        state.pointee.output_fd = outputDescriptor
        state.pointee.active = 1
    }

    /// Disarms it: the terminal was given back properly (`endwin`).
    static func deactivate() {
        state.pointee.active = 0
        state.pointee.output_fd = -1
        state.pointee.termios_valid = 0
        state.pointee.input_fd = -1
    }

    static var isActive: Bool { state.pointee.active != 0 }

    /// What the handlers would do to the terminal, now (tests, last resort).
    static func restoreNow() {
        cmp_guard_restore(state)
    }

    /// The bytes the handlers write.
    static var restoringSequence: [UInt8] {
        withUnsafeBytes(of: &state.pointee.sequence) { raw in
            Array(raw.prefix(state.pointee.sequence_length))
        }
    }
}
