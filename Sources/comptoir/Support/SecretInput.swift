import Foundation

/// Reads one line from stdin, without echo when it is a terminal. Interrupted (Ctrl-C,
/// SIGTERM, SIGHUP), it gives the echo back before the program ends (`PromptGuard`).
func readSecret(_ prompt: String) throws -> String {
    let tty = isatty(STDIN_FILENO) == 1
    var saved = termios()
    if tty {
        FileHandle.standardError.write(Data(prompt.utf8))
        tcgetattr(STDIN_FILENO, &saved)
        PromptGuard.arm(restoring: saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
    }
    defer {
        if tty {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            PromptGuard.disarm()
            FileHandle.standardError.write(Data("\n".utf8))
        }
    }
    guard let line = readLine(strippingNewline: true) else {
        throw Failure("Code PIN attendu sur l'entrée standard : rien n'a été changé.")
    }
    return line.trimmingCharacters(in: .whitespaces)
}
