#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesW
import ComptoirUI

/// The real screen: paints a `Canvas` with ncursesw and reads keys as `Key` values.
///
/// One `Terminal` at a time per process (curses is global). Not thread-safe: use it from one
/// thread (the runtime's loop). Curses runs in raw mode: Ctrl+C, Ctrl+Z, Ctrl+S… arrive as
/// `.ctrl` keys, never as signals.
public final class Terminal {
    /// Extra wait for the character of Alt+character after ncurses returned Esc (ncurses has
    /// already waited its own Esc delay, 25 ms).
    public var altFollowMilliseconds: Int32 = 10

    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var inputFile: UnsafeMutablePointer<FILE>?
    private var outputFile: UnsafeMutablePointer<FILE>?
    private let handlesSignals: Bool
    private var decoder = KeyDecoder()
    private var composer = EscapeComposer()
    private var pending: [TerminalEvent] = []
    private var colors: ColorPairs?
    private var defaultColors = false
    private var cursorVisibility: Int32 = -1
    private var lastSize = (width: 0, height: 0)
    private var buffer: [wchar_t] = []

    nonisolated(unsafe) private static var running = false

    /// Starts curses on the user's terminal: stdin/stdout when both are terminals, else
    /// /dev/tty. Selects a UTF-8 locale first (see `TerminalLocale`) and installs the signal
    /// handlers that give the terminal back on a kill or a crash.
    public convenience init() throws(TerminalError) {
        if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 {
            try self.init(input: STDIN_FILENO, output: STDOUT_FILENO, termType: nil, handleSignals: true)
            return
        }
        let tty = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard tty >= 0 else { throw .noTerminal }
        defer { close(tty) }
        try self.init(input: tty, output: tty, termType: nil, handleSignals: true)
    }

    /// Starts curses (`newterm`) on the given file descriptors, which stay the caller's (they
    /// are duplicated). `termType` nil means `$TERM`. Tests use a pipe and /dev/null with
    /// "xterm-256color"; `handleSignals` is for the real terminal.
    public init(input: Int32, output: Int32, termType: String?, handleSignals: Bool = false) throws(TerminalError) {
        try TerminalLocale.ensureUTF8()
        guard !Self.running else { throw .alreadyRunning }
        let type = termType ?? (getenv("TERM").map { String(cString: $0) } ?? "")
        guard !type.isEmpty else { throw .unknownTerminalType("") }

        // Our own copies, closed on exec: a printer command never inherits the tty.
        let inCopy = fcntl(input, F_DUPFD_CLOEXEC, 0)
        let outCopy = fcntl(output, F_DUPFD_CLOEXEC, 0)
        guard inCopy >= 0, outCopy >= 0,
              let inFile = fdopen(inCopy, "r"), let outFile = fdopen(outCopy, "w")
        else {
            if inCopy >= 0 { close(inCopy) }
            if outCopy >= 0 { close(outCopy) }
            throw .noTerminal
        }
        handlesSignals = handleSignals
        inputFile = inFile
        outputFile = outFile

        if handleSignals {
            // Before newterm: the tty mode to restore, and our handlers in place so that
            // ncurses does not install its own SIGINT/SIGTERM ones.
            SignalGuard.saveTTYMode(of: inCopy)
            SignalGuard.installHandlers()
        }
        guard let screen = newterm(type, outFile, inFile) else {
            if handleSignals { SignalGuard.uninstallHandlers() }
            fclose(inFile)
            fclose(outFile)
            inputFile = nil
            outputFile = nil
            throw .unknownTerminalType(type)
        }
        Self.running = true
        self.screen = screen
        let window = cmp_stdscr()
        self.window = window

        raw()
        noecho()
        nonl()
        _ = keypad(window, true)
        _ = meta(window, true)
        _ = intrflush(window, false)
        _ = set_escdelay(25)
        cursorVisibility = curs_set(0) == ERR ? -1 : 0
        if has_colors() {
            _ = start_color()
            defaultColors = use_default_colors() == OK
            if cmp_colors() >= 8 { colors = ColorPairs(capacity: Int(cmp_color_pairs())) }
        }
        decoder = KeyDecoder(extendedKeys: KeyDecoder.extendedKeysOfCurrentTerminal())
        lastSize = (Int(cmp_getmaxx(window)), Int(cmp_getmaxy(window)))
        if handleSignals { SignalGuard.activate(outputDescriptor: outCopy) }
    }

    deinit {
        stop()
    }

    /// Whether curses owns the screen (between `init` and `stop()`).
    public var isRunning: Bool { screen != nil }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        guard let window else { return lastSize }
        lastSize = (Int(cmp_getmaxx(window)), Int(cmp_getmaxy(window)))
        return lastSize
    }

    /// Gives the terminal back (`endwin`): leaves the alternate screen, shows the cursor,
    /// restores the tty mode. Idempotent; also called by `deinit`.
    public func stop() {
        guard let screen else { return }
        _ = size
        endwin()
        if handlesSignals {
            SignalGuard.deactivate()
            SignalGuard.uninstallHandlers()
        }
        delscreen(screen)
        self.screen = nil
        window = nil
        if let inputFile { fclose(inputFile) }
        if let outputFile { fclose(outputFile) }
        inputFile = nil
        outputFile = nil
        pending.removeAll()
        composer = EscapeComposer()
        Self.running = false
    }

    // MARK: - Painting

    /// Draws the canvas (clipped to the terminal), places the cursor at `canvas.cursor` or
    /// hides it, and updates the screen; curses only sends what changed.
    public func paint(_ canvas: Canvas) {
        guard let window else { return }
        let (width, height) = size
        _ = werase(window)
        let columns = min(canvas.width, width)
        for y in 0..<min(canvas.height, height) {
            var x = 0
            while x < columns {
                let style = canvas[x, y].style
                var end = x
                buffer.removeAll(keepingCapacity: true)
                while end < columns {
                    let cell = canvas[end, y]
                    guard cell.style == style else { break }
                    CellText.append(cell.character, to: &buffer)
                    end += 1
                }
                apply(style, to: window)
                _ = wmove(window, Int32(y), Int32(x))
                // Writing the bottom-right cell returns ERR (the cursor cannot advance):
                // the cell is drawn all the same.
                _ = waddnwstr(window, buffer, Int32(buffer.count))
                x = end
            }
        }
        _ = cmp_set_attributes(window, cmp_a_normal(), 0)

        if let cursor = canvas.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < width, cursor.y < height {
            setCursorVisibility(1)
            _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            setCursorVisibility(0)
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    private func apply(_ style: Style, to window: UnsafeMutablePointer<WINDOW>) {
        var attributes = cmp_a_normal()
        if style.bold { attributes |= cmp_a_bold() }
        if style.reverse { attributes |= cmp_a_reverse() }
        if style.underline { attributes |= cmp_a_underline() }
        if style.dim { attributes |= cmp_a_dim() }
        _ = cmp_set_attributes(window, attributes, colorPair(style))
    }

    private func colorPair(_ style: Style) -> Int16 {
        guard var table = colors else { return 0 }
        let (number, isNew) = table.pair(foreground: style.foreground, background: style.background)
        if isNew {
            let fg = ColorPairs.cursesColor(style.foreground, isForeground: true, defaultColors: defaultColors)
            let bg = ColorPairs.cursesColor(style.background, isForeground: false, defaultColors: defaultColors)
            _ = init_pair(number, fg, bg)
            colors = table
        }
        return number
    }

    private func setCursorVisibility(_ visibility: Int32) {
        guard visibility != cursorVisibility else { return }
        if curs_set(visibility) != ERR {
            cursorVisibility = visibility
        } else if visibility == 1, curs_set(2) != ERR {
            cursorVisibility = 1
        }
    }

    // MARK: - Input

    /// The next key or resize, or nil when nothing came within the timeout (negative: wait
    /// forever). Esc followed at once by a character is `.alt(character)`; escape sequences
    /// ncurses did not know are decoded by `EscapeComposer` or dropped.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard window != nil else { return nil }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds >= 0 ? clock.now.advanced(by: .milliseconds(timeoutMilliseconds)) : nil
        while true {
            var wait: Int32 = -1
            if let deadline {
                let left = clock.now.duration(to: deadline)
                let ms = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
                wait = Int32(clamping: max(0, ms))
            }
            guard let input = read(timeoutMilliseconds: wait) else { return nil }
            switch input {
            case .resize:
                return resizeEvent()
            case .mouse:
                composer.beginMouseReport()
                if let event = deliver(completingSequence()) { return event }
            case .key(let key):
                var keys = composer.feed(key)
                if composer.isPending { keys += completingSequence() }
                if let event = deliver(keys) { return event }
            case .ignored:
                break
            }
            if let deadline, clock.now >= deadline { return nil }
        }
    }

    private enum Input {
        case key(Key)
        case resize
        case mouse
        case ignored
    }

    private func read(timeoutMilliseconds: Int32) -> Input? {
        guard let window else { return nil }
        wtimeout(window, timeoutMilliseconds)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if status == ERR { return nil }
        let raw = UInt32(truncatingIfNeeded: code)
        if KeyDecoder.isResize(status: status, code: raw) { return .resize }
        if KeyDecoder.isMouse(status: status, code: raw) { return .mouse }
        return decoder.decode(status: status, code: raw).map(Input.key) ?? .ignored
    }

    private func resizeEvent() -> TerminalEvent {
        let (width, height) = size
        return .resize(width: width, height: height)
    }

    /// Reads what follows an Esc (or a mouse prefix) until the composer has decided, each
    /// key within the short delay. A resize meanwhile is queued after the keys.
    private func completingSequence() -> [Key] {
        var keys: [Key] = []
        while composer.isPending {
            switch read(timeoutMilliseconds: altFollowMilliseconds) {
            case nil, .ignored:
                keys += composer.flush()
            case .resize:
                keys += composer.flush()
                pending.append(resizeEvent())
            case .mouse:
                keys += composer.flush()
                composer.beginMouseReport()
            case .key(let key):
                keys += composer.feed(key)
            }
        }
        return keys
    }

    /// The first event of `keys` (or of the queue); the others wait in the queue, before
    /// anything queued meanwhile.
    private func deliver(_ keys: [Key]) -> TerminalEvent? {
        pending.insert(contentsOf: keys.map(TerminalEvent.key), at: 0)
        return pending.isEmpty ? nil : pending.removeFirst()
    }

    // MARK: - Reading the screen back (tests)

    /// The characters curses holds for row `y` (its virtual screen, not the terminal).
    func text(row y: Int) -> String {
        (0..<size.width).map { cell(x: $0, y: y).text }.joined()
    }

    /// One cell of curses' virtual screen: its text, attributes and colour pair.
    func cell(x: Int, y: Int) -> (text: String, bold: Bool, reverse: Bool, underline: Bool, dim: Bool, pair: Int16) {
        guard let window else { return ("", false, false, false, false, 0) }
        var characters = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        let count = cmp_read_cell(window, Int32(y), Int32(x), &characters, 8, &attributes, &pair)
        var text = ""
        for c in characters.prefix(max(0, Int(count))) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: c)) { text.unicodeScalars.append(scalar) }
        }
        return (text, attributes & cmp_a_bold() != 0, attributes & cmp_a_reverse() != 0,
                attributes & cmp_a_underline() != 0, attributes & cmp_a_dim() != 0, pair)
    }

    /// Makes curses resize its screen as on SIGWINCH (tests).
    func simulateResize(width: Int, height: Int) {
        _ = resizeterm(Int32(height), Int32(width))
    }

    /// The colour pair the terminal uses for a style (tests).
    func colorPairNumber(for style: Style) -> Int16 { colorPair(style) }
}
