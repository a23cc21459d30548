using System.Text.Json.Nodes;
using Json.Schema;

namespace LocalOffer.IntegrationTests.OpenData;

/// <summary>The UK profile's schemas (copied beside this file), and a check of one API response against them.</summary>
public static class OpenReferralSchemas
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "OpenData", "Schemas");
    private static readonly Lazy<(EvaluationOptions Options, Dictionary<string, JsonSchema> Schemas)> Loaded = new(Load);

    private static (EvaluationOptions, Dictionary<string, JsonSchema>) Load()
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var schemas = new Dictionary<string, JsonSchema>();
        foreach (var file in Directory.GetFiles(Folder, "*.json", SearchOption.AllDirectories))
        {
            var schema = JsonSchema.FromFile(file);
            options.SchemaRegistry.Register(schema);
            schemas[Path.GetRelativePath(Folder, file).Replace('\\', '/')] = schema;
        }
        return (options, schemas);
    }

    /// <summary>Every way <paramref name="item"/> breaks the schema (a file under the schema folder, such as compiled/service.json); empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(JsonNode? item, string schema)
    {
        var (options, schemas) = Loaded.Value;
        var result = schemas[schema].Evaluate(item, options);
        if (result.IsValid) return [];
        return (result.Details ?? [result]).Where(d => d.HasErrors && d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .ToList();
    }

    /// <summary>Fails the test with every problem listed when the item does not follow the schema.</summary>
    public static void AssertValid(JsonNode? item, string schema, string what)
    {
        var problems = Problems(item, schema);
        Assert.True(problems.Count == 0, $"{what} does not follow {schema}:\n" + string.Join("\n", problems.Take(20)));
    }
}
