import ComptoirRuntime

extension Configuration {
    /// The configuration a command runs with; a problem becomes the user's message.
    static func forCommand(_ options: CommonOptions) throws -> Configuration {
        do {
            return try load(path: defaultFile(explicit: options.config))
        } catch let problem as Problem {
            throw Failure(problem.description)
        }
    }
}
