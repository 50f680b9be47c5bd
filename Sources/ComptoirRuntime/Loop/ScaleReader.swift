import ComptoirScale
import ComptoirPrint
import ComptoirCore
import ComptoirUI

/// Reads the scale off the till's loop: a scale that does not answer takes its second to
/// say so, and the screen must not freeze meanwhile. Its answer comes back as a message.
public struct ScaleReader {
    public let scale: any Scale
    public let queue = PrintQueue<[Msg]>()

    public init(scale: any Scale) {
        self.scale = scale
    }

    public func read() {
        queue.submit { [scale] in
            do throws(ScaleError) {
                let reading = try scale.read()
                if case .stable(let grams) = reading { return [.scaleAnswered(grams: grams, problem: nil)] }
                return [.scaleAnswered(grams: nil, problem: reading.message)]
            } catch {
                return [.scaleAnswered(grams: nil, problem: error.message)]
            }
        }
    }
}
