namespace LocalOffer.Web.Infrastructure.SearchIndex;

/// <summary>
/// The full-text search index: derived from the database of record, never the record itself. One
/// implementation today (SQLite FTS5, <see cref="SqliteSearchIndex"/>); a Lucene.Net one could replace
/// it behind this seam. Queries are structured (<see cref="IndexQuery"/>): the implementation writes its
/// own query syntax, so nothing a visitor types ever reaches the engine's query parser.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Why the index on disk cannot be used as it is, or null when it is ready.</summary>
    Task<string?> CheckAsync(string catalogueStamp, CancellationToken ct = default);

    /// <summary>Throws the index away and builds it again from these documents.</summary>
    Task RebuildAsync(IEnumerable<IndexDocument> documents, string catalogueStamp, CancellationToken ct = default);

    /// <summary>Adds or replaces these documents and removes the listed ids, in one transaction.</summary>
    Task UpdateAsync(IReadOnlyCollection<IndexDocument> upserts, IReadOnlyCollection<Guid> removals, string catalogueStamp, CancellationToken ct = default);

    /// <summary>Every document matching the query with its score (higher is better), in no particular order.</summary>
    IReadOnlyList<IndexMatch> Search(IndexQuery query);

    /// <summary>True when the word (stemmed as the index stems it) is in at least one document.</summary>
    bool Contains(string word);

    /// <summary>The words in the index as written (not stemmed), with how many documents hold each: the spelling vocabulary.</summary>
    IReadOnlyDictionary<string, int> Vocabulary();
}

/// <summary>The text of one listing, by field. Field weights: name, then keywords, then summary, then the rest.</summary>
public sealed record IndexDocument(Guid Id, string Name, string Keywords, string Summary, string Description, string Categories, string Needs, string Provider);

public sealed record IndexMatch(Guid Id, double Score);

/// <summary>
/// Clauses that must all match (<see cref="MatchAll"/>) or any may match. A clause matches when any of
/// its alternatives does; an alternative is a word or a phrase (several words in order).
/// </summary>
public sealed record IndexQuery(IReadOnlyList<IndexClause> Clauses, bool MatchAll = true);

public sealed record IndexClause(IReadOnlyList<string> Alternatives, bool Prefix = false);
