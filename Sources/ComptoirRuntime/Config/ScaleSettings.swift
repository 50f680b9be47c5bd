import ComptoirScale
import TOMLKit

/// `[scale]`: the serial port of a scale speaking Mettler Toledo 8217 or SMA, its speed,
/// framing and protocol. No port: the weights are typed.
public struct ScaleSettings: Sendable {
    public init() {}
    public var port: String?
    public var baud = 9_600
    public var framing = "7E1"
    public var scaleProtocol = ScaleProtocol.toledo8217

    public static let keys = ["port", "baud", "framing", "protocol"]

    public static func parse(_ table: TOMLTable, name: String) throws -> ScaleSettings {
        var settings = ScaleSettings()
        if let value = table["port"] {
            guard let port = value.string, !port.isEmpty else {
                throw Configuration.Problem(description: "Configuration « \(name) » : « scale.port » est le chemin du port série, par exemple \"/dev/ttyUSB0\".")
            }
            settings.port = Configuration.expandHome(port)
        }
        if let value = table["baud"] {
            guard let baud = value.int, SerialScale.baudRates[baud] != nil else {
                throw Configuration.Problem(description: "Configuration « \(name) » : « scale.baud » est une vitesse parmi "
                    + SerialScale.baudRates.keys.sorted().map(String.init).joined(separator: ", ") + ".")
            }
            settings.baud = baud
        }
        if let value = table["framing"] {
            guard let framing = value.string?.uppercased(), SerialScale.framings.contains(framing) else {
                throw Configuration.Problem(description: "Configuration « \(name) » : « scale.framing » est \"7E1\" (le plus courant) ou \"8N1\".")
            }
            settings.framing = framing
        }
        if let value = table["protocol"] {
            guard let text = value.string, let scaleProtocol = ScaleProtocol(rawValue: text.lowercased()) else {
                throw Configuration.Problem(description: "Configuration « \(name) » : « scale.protocol » est \"toledo8217\" (Mettler Toledo 8217, par défaut) ou \"sma\" (norme SMA), comme réglé sur la balance.")
            }
            settings.scaleProtocol = scaleProtocol
        }
        return settings
    }

    /// The scale to ask, or nil when no port is set.
    public func scale() throws(ScaleError) -> SerialScale? {
        guard let port else { return nil }
        return try SerialScale(port: port, baud: baud, framing: framing, protocol: scaleProtocol)
    }
}
