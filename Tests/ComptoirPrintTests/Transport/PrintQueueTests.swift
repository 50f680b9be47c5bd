import ComptoirPrint
import Foundation
import Testing

@Suite struct PrintQueueTests {
    @Test func jobsRunInOrderOffTheCallerAndAnswerThroughTheMailbox() throws {
        let queue = PrintQueue<String>()
        let gate = DispatchSemaphore(value: 0)
        queue.submit {
            gate.wait()  // a slow printer
            return "premier"
        }
        queue.submit { "second" }
        // The caller is not held up by the slow job.
        #expect(queue.isBusy)
        #expect(queue.drain().isEmpty)
        gate.signal()
        #expect(queue.waitUntilIdle(timeout: 5))
        #expect(!queue.isBusy)
        #expect(queue.drain() == ["premier", "second"])
        #expect(queue.drain().isEmpty, "each answer comes out once")
    }

    @Test func aSilentPrinterDoesNotHoldTheCaller() throws {
        let silent = try PrinterDouble(answers: nil)
        defer { silent.stop() }
        let printer = NetworkPrinter(host: "127.0.0.1", port: silent.port, timeoutMilliseconds: 300)
        let queue = PrintQueue<String>()
        queue.submit {
            do throws(PrinterError) {
                try printer.printChecked([0x41])
                return "imprimé"
            } catch {
                return error.message
            }
        }
        #expect(queue.waitUntilIdle(timeout: 10))
        let answers = queue.drain()
        #expect(answers.count == 1 && answers.first != "imprimé")
        #expect(silent.bytes.isEmpty, "nothing sent to a printer that does not answer")
    }
}
