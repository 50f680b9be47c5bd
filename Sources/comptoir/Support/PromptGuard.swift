import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// While a PIN prompt has the echo off: Ctrl-C, SIGTERM or SIGHUP put the terminal mode
/// back, say in French that nothing changed, and end the program. The handler only calls
/// async-signal-safe functions (`tcsetattr`, `write`, `_exit`) on memory set up before it
/// is installed.
enum PromptGuard {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    nonisolated(unsafe) static let saved: UnsafeMutablePointer<termios> = {
        let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        pointer.initialize(to: termios())
        return pointer
    }()

    nonisolated(unsafe) static let message: (pointer: UnsafeMutablePointer<UInt8>, count: Int) = {
        let bytes = Array("\nInterrompu : le code n'a pas été lu, rien n'a été changé.\n".utf8)
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        pointer.initialize(from: bytes, count: bytes.count)
        return (pointer, bytes.count)
    }()

    /// Installs the handlers; `mode` is the terminal mode to put back.
    static func arm(restoring mode: termios) {
        saved.pointee = mode
        _ = message
        for signal in signals {
            _ = Glibc.signal(signal) { received in
                tcsetattr(STDIN_FILENO, TCSANOW, PromptGuard.saved)
                _ = write(STDERR_FILENO, PromptGuard.message.pointer, PromptGuard.message.count)
                _exit(128 + received)
            }
        }
    }

    /// Back to the default actions: the prompt is over.
    static func disarm() {
        for signal in signals { _ = Glibc.signal(signal, SIG_DFL) }
    }
}
