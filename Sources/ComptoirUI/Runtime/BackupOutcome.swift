/// What became of the copy made after a Z: the interface words it, nobody compares text.
public enum BackupOutcome: Equatable, Sendable {
    /// Written, under this file name.
    case saved(fileName: String)
    /// Not written, for this reason (the Z itself is written either way).
    case failed(reason: String)

    /// The status line's words.
    var text: String {
        switch self {
        case .saved(let fileName): return "Sauvegarde : \(fileName)."
        case .failed(let reason): return "Sauvegarde impossible : \(reason)"
        }
    }
}
