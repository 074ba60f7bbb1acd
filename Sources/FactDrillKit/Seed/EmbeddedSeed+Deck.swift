extension EmbeddedSeed {
    /// The id of the seed deck (its article id, the model file's name without `.article.yaml`).
    public static var deckID: String {
        String(fileName.dropLast(".article.yaml".count))
    }
}
