import ComptoirUI
import Testing
@testable import ComptoirTerminal

extension ProcessStateTests {
    /// Curses for real, without a terminal: keys come from a pipe, the screen goes into
    /// another pipe, the terminal type is explicit.
    @Suite struct TerminalTests {
        let keys = TestPipe()
        let screen = TestPipe()

        private func start() throws -> Terminal {
            try Terminal(input: keys.readEnd, output: screen.writeEnd, termType: "xterm-256color")
        }

        @Test func paintsAccentedTextAndReadsItBack() throws {
            let terminal = try start()
            defer { terminal.stop() }
            let (width, height) = terminal.size
            #expect(width > 20 && height > 5)

            var canvas = Canvas(width: width, height: height)
            canvas.put("Épicerie solidaire", x: 0, y: 0, style: .title)
            canvas.put("Café 0,80 €", x: 2, y: 1)
            canvas.put("Reçu n° 42", x: 0, y: 2, style: .bold)
            canvas.put("Sélection", x: 0, y: 3, style: Style(reverse: true, underline: true))
            canvas.put("€", x: width - 1, y: height - 1, style: .reverse)
            canvas.cursor = (x: 3, y: 1)
            terminal.paint(canvas)

            #expect(terminal.text(row: 0).hasPrefix("Épicerie solidaire "))
            #expect(terminal.text(row: 1).hasPrefix("  Café 0,80 € "))
            #expect(terminal.text(row: 2).hasPrefix("Reçu n° 42"))
            #expect(terminal.cell(x: 1, y: 1).text == " ")
            #expect(terminal.cell(x: width - 1, y: height - 1).text == "€")

            let title = terminal.cell(x: 0, y: 0)
            #expect(title.bold && !title.reverse)
            #expect(title.pair != 0)
            #expect(title.pair == terminal.colorPairNumber(for: .title))
            #expect(terminal.cell(x: 0, y: 2).bold)
            #expect(!terminal.cell(x: 0, y: 1).bold)
            let selected = terminal.cell(x: 0, y: 3)
            #expect(selected.reverse && selected.underline && !selected.bold)
            #expect(terminal.cell(x: width - 1, y: height - 1).reverse)

            // What reached the "terminal": UTF-8, alternate screen, visible cursor.
            let output = screen.drain()
            #expect(output.contains("Épicerie"))
            #expect(output.contains("0,80 €"))
            #expect(output.contains("Reçu"))
            #expect(output.contains("\u{1B}[?1049h"))
            #expect(output.contains("\u{1B}[?25h"))
        }

        @Test func repaintSendsOnlyWhatChanged() throws {
            let terminal = try start()
            defer { terminal.stop() }
            var canvas = Canvas(width: terminal.size.width, height: terminal.size.height)
            canvas.put("Total : 12,50 €", x: 0, y: 0)
            terminal.paint(canvas)
            _ = screen.drain()
            terminal.paint(canvas)
            #expect(!screen.drain().contains("Total"))
            canvas.put("Total : 13,70 €", x: 0, y: 0)
            terminal.paint(canvas)
            let output = screen.drain()
            #expect(output.contains("3,7"))
            #expect(!output.contains("Total"))
        }

        @Test func smallerCanvasIsClippedAndBiggerOneToo() throws {
            let terminal = try start()
            defer { terminal.stop() }
            var small = Canvas(width: 4, height: 1)
            small.put("àéîô", x: 0, y: 0)
            terminal.paint(small)
            #expect(terminal.text(row: 0).hasPrefix("àéîô "))
            var big = Canvas(width: terminal.size.width + 10, height: terminal.size.height + 3)
            big.fill(x: 0, y: 0, width: big.width, height: big.height, "ù")
            terminal.paint(big)
            #expect(terminal.cell(x: terminal.size.width - 1, y: terminal.size.height - 1).text == "ù")
        }

        @Test func decodesTheKeysTheTerminalSends() throws {
            let terminal = try start()
            defer { terminal.stop() }
            let sent: [(String, Key)] = [
                ("\u{1B}OP", .function(1)), ("\u{1B}[15~", .function(5)), ("\u{1B}[24~", .function(12)),
                ("\u{1B}[1;2P", .function(13)),
                ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OD", .left), ("\u{1B}OC", .right),
                ("\u{1B}[1;5D", .left), ("\u{1B}[1;5A", .up),
                ("\u{1B}OH", .home), ("\u{1B}OF", .end), ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown),
                ("\u{1B}[3~", .delete), ("\u{1B}[Z", .backTab), ("\u{1B}OM", .enter),
                ("\r", .enter), ("\n", .enter), ("\u{7F}", .backspace), ("\u{08}", .backspace),
                ("\t", .tab), ("\u{03}", .ctrl("c")), ("\u{11}", .ctrl("q")),
                ("é", .char("é")), ("€", .char("€")), ("a", .char("a")), ("Z", .char("Z")),
                ("\u{1B}x", .alt("x")), ("\u{1B}é", .alt("é")),
                // Not in xterm-256color's terminfo (tmux, rxvt…): decoded by EscapeComposer.
                ("\u{1B}[1~", .home), ("\u{1B}[4~", .end), ("\u{1B}[A", .up), ("\u{1B}[11~", .function(1)),
                // The numeric keypad in application mode.
                ("\u{1B}Ow", .char("7")), ("\u{1B}Ox", .char("8")), ("\u{1B}Ok", .char("+")),
                ("\u{1B}Op", .char("0")), ("\u{1B}Ot", .char("4")), ("\u{1B}On", .char(".")),
            ]
            for (bytes, key) in sent {
                keys.send(bytes)
                #expect(terminal.nextEvent(timeoutMilliseconds: 500) == .key(key), "\(bytes.debugDescription)")
            }
            #expect(terminal.nextEvent(timeoutMilliseconds: 30) == nil)
        }

        @Test func unknownSequencesDoNotBecomeKeys() throws {
            let terminal = try start()
            defer { terminal.stop() }
            keys.send("\u{1B}[<0;12;5M\u{1B}[I\u{1B}[99~a")
            #expect(terminal.nextEvent(timeoutMilliseconds: 500) == .key(.char("a")))
            #expect(terminal.nextEvent(timeoutMilliseconds: 30) == nil)
        }

        @Test func aScannerBurstArrivesInOrder() throws {
            let terminal = try start()
            defer { terminal.stop() }
            keys.send("3760123456789\r")
            var got: [Key] = []
            while let event = terminal.nextEvent(timeoutMilliseconds: 100), case .key(let key) = event {
                got.append(key)
            }
            #expect(got == "3760123456789".map(Key.char) + [.enter])
        }

        @Test func escapeAloneAfterTheDelay() throws {
            let terminal = try start()
            defer { terminal.stop() }
            keys.send("\u{1B}")
            let clock = ContinuousClock()
            let start = clock.now
            #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .key(.escape))
            #expect(clock.now - start < .milliseconds(500))
            keys.send("\u{1B}\u{1B}")
            #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .key(.escape))
            #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .key(.escape))
            keys.send("\u{1B}\u{1B}OA")
            #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .key(.escape))
            #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .key(.up))
            keys.send("z")
            #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .key(.char("z")))
        }

        @Test func timeoutGivesNil() throws {
            let terminal = try start()
            defer { terminal.stop() }
            let clock = ContinuousClock()
            let start = clock.now
            #expect(terminal.nextEvent(timeoutMilliseconds: 50) == nil)
            #expect(clock.now - start >= .milliseconds(40))
        }

        @Test func resizeReportsTheNewSize() throws {
            let terminal = try start()
            defer { terminal.stop() }
            terminal.simulateResize(width: 100, height: 30)
            #expect(terminal.nextEvent(timeoutMilliseconds: 100) == .resize(width: 100, height: 30))
            #expect(terminal.size == (width: 100, height: 30))
            var canvas = Canvas(width: 100, height: 30)
            canvas.put("fin", x: 97, y: 29)
            terminal.paint(canvas)
            #expect(terminal.cell(x: 99, y: 29).text == "n")
        }

        @Test func stopIsIdempotentAndOneTerminalAtATime() throws {
            let terminal = try start()
            #expect(throws: TerminalError.alreadyRunning) { _ = try Terminal(input: keys.readEnd, output: screen.writeEnd, termType: "vt100") }
            terminal.stop()
            #expect(!terminal.isRunning)
            terminal.stop()
            #expect(terminal.nextEvent(timeoutMilliseconds: 0) == nil)
            terminal.paint(Canvas(width: 3, height: 1))
            #expect(screen.drain().contains("\u{1B}[?1049l"))  // endwin left the alternate screen

            let again = try Terminal(input: keys.readEnd, output: screen.writeEnd, termType: "vt100")
            var canvas = Canvas(width: again.size.width, height: again.size.height)
            canvas.put("Caisse fermée", x: 0, y: 0)
            again.paint(canvas)
            #expect(again.text(row: 0).hasPrefix("Caisse fermée"))
            again.stop()
        }

        @Test func unknownTerminalTypeIsAnError() {
            #expect(throws: TerminalError.unknownTerminalType("comptoir-no-such-terminal")) {
                _ = try Terminal(input: keys.readEnd, output: screen.writeEnd, termType: "comptoir-no-such-terminal")
            }
            #expect(TerminalError.unknownTerminalType("x").message.contains("TERM"))
        }

        @Test func emergencyRestorationWritesTheTerminfoStrings() throws {
            let terminal = try start()
            defer { terminal.stop() }
            let tty = TestPipe()
            SignalGuard.activate(outputDescriptor: tty.writeEnd)
            defer { SignalGuard.deactivate() }
            let sequence = SignalGuard.restoringSequence
            #expect(sequence.contains("\u{1B}[?1049l"))  // rmcup: leave the alternate screen
            #expect(sequence.contains("\u{1B}[?25h"))  // cnorm: show the cursor
            #expect(sequence.contains("\u{1B}[m"))  // sgr0
            #expect(SignalGuard.isActive)
            SignalGuard.restoreNow()
            #expect(!SignalGuard.isActive)
            #expect(tty.drain() == sequence)
            SignalGuard.restoreNow()
            #expect(tty.drain().isEmpty)
        }

        @Test func paddingIsDroppedFromRestoringStrings() throws {
            let terminal = try Terminal(input: keys.readEnd, output: screen.writeEnd, termType: "vt100")
            defer { terminal.stop() }
            let tty = TestPipe()
            SignalGuard.activate(outputDescriptor: tty.writeEnd)
            defer { SignalGuard.deactivate() }
            let sequence = SignalGuard.restoringSequence
            #expect(sequence.contains("\u{1B}[m"))  // vt100 sgr0 is "\E[m^O$<2>"
            #expect(!sequence.contains("$<"))
        }
    }
}
