using System.Text.Json;
using LocalOffer.Web.Features.Catalogue.Import;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>A service read from a file, where it was, and what was found wrong with its rows.</summary>
public sealed record ReadService(Or.Service Service, ImportSource Source)
{
    public IReadOnlyList<string> Reasons { get; init; } = [];
}

/// <summary>What a reader found: the services, and the problems that belong to no service.</summary>
public sealed record ReadResult(IReadOnlyList<ReadService> Services, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// Reads Open Referral UK 3.0 JSON: one full service (as <c>/services/{id}</c> gives it), an array of them, or a
/// page of a list (<c>{ "contents": [...] }</c>). An organisation in its full form (with its services) and a
/// service at a location (with its service) are read as the services they hold. Each service is numbered by its
/// place in the file and given the line it starts on.
/// </summary>
public static class OpenReferralJsonReader
{
    private static readonly JsonDocumentOptions Document = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static ReadResult Read(string file, byte[] json)
    {
        var services = new List<ReadService>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Document);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            return new([], [new ImportProblem(file, 0, "", $"not valid JSON at line {line}: {FirstSentence(e.Message)}") { Line = line }]);
        }
        using (document)
        {
            var root = document.RootElement;
            var (items, offsets) = root.ValueKind switch
            {
                JsonValueKind.Array => (root.EnumerateArray().ToList(), ItemOffsets(json, inContents: false)),
                JsonValueKind.Object when root.TryGetProperty("contents", out var contents) && contents.ValueKind == JsonValueKind.Array
                    => (contents.EnumerateArray().ToList(), ItemOffsets(json, inContents: true)),
                _ => ([root], [FirstToken(json)]),
            };
            var problems = new List<ImportProblem>();
            for (var i = 0; i < items.Count; i++)
            {
                var line = i < offsets.Count ? LineAt(json, offsets[i]) : (int?)null;
                var source = new ImportSource(file, i + 1, line);
                try
                {
                    services.AddRange(ServicesIn(items[i]).Select(s => new ReadService(s, source)));
                }
                catch (JsonException e)
                {
                    var at = line is { } start && e.LineNumber is { } within ? $" (line {start + within})" : "";
                    problems.Add(source.Problem(Slug(items[i]), $"{e.Path ?? "$"}{at}: {FirstSentence(e.Message)}"));
                }
                catch (InvalidDataException e)
                {
                    problems.Add(source.Problem(Slug(items[i]), e.Message));
                }
            }
            return new(services, problems);
        }
    }

    private static IEnumerable<Or.Service> ServicesIn(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new InvalidDataException("the entry is not a JSON object");
        if (item.TryGetProperty("services", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            // An organisation with its services.
            var organisation = item.Deserialize<Or.Organization>(Or.OpenReferralJson.Options)! with { Services = null };
            return list.EnumerateArray().Select(s => s.Deserialize<Or.Service>(Or.OpenReferralJson.Options)!)
                .Select(s => s with { Organization = s.Organization ?? organisation, OrganizationId = s.OrganizationId ?? organisation.Id }).ToList();
        }
        if (item.TryGetProperty("service", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            // A service at a location: the service, at that location.
            var at = item.Deserialize<Or.ServiceAtLocation>(Or.OpenReferralJson.Options)!;
            var service = at.Service!;
            var places = service.ServiceAtLocations ?? [];
            if (at.Location is not null && places.All(p => p.Id != at.Id && p.Location?.Id != at.Location.Id))
                places = [.. places, at with { Service = null, ServiceId = service.Id }];
            return [service with { ServiceAtLocations = places }];
        }
        return [item.Deserialize<Or.Service>(Or.OpenReferralJson.Options)!];
    }

    /// <summary>Where each item of the top-level array (or of the page's <c>contents</c>) starts, in bytes.</summary>
    private static List<long> ItemOffsets(byte[] json, bool inContents)
    {
        var offsets = new List<long>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var itemDepth = inContents ? -1 : 1;
        var contentsNext = false;
        while (reader.Read())
        {
            var depth = reader.CurrentDepth;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when inContents && depth == 1:
                    contentsNext = reader.ValueTextEquals("contents"u8);
                    break;
                case JsonTokenType.StartArray when contentsNext && depth == 1:
                    itemDepth = 2;
                    contentsNext = false;
                    break;
                case JsonTokenType.EndArray when depth == itemDepth - 1:
                    itemDepth = -1;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName or JsonTokenType.Comment:
                    break;
                default:
                    if (depth == itemDepth) offsets.Add(reader.TokenStartIndex);
                    break;
            }
        }
        return offsets;
    }

    private static long FirstToken(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return reader.Read() ? reader.TokenStartIndex : 0;
    }

    private static int LineAt(byte[] json, long offset) => json.AsSpan(0, (int)offset).Count((byte)'\n') + 1;

    private static string Slug(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() ?? "" : "";

    /// <summary>"The JSON value could not be converted to System.Guid." without the position the message repeats.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
