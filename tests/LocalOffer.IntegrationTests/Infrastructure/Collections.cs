namespace LocalOffer.IntegrationTests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class FixtureSiteCollection : ICollectionFixture<FixtureSite>
{
    public const string Name = "fixture site";
}

[CollectionDefinition(Name)]
public sealed class DemoSiteCollection : ICollectionFixture<DemoSite>
{
    public const string Name = "demo site";
}
