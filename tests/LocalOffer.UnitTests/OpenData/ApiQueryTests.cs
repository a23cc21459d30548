using LocalOffer.Web.Features.OpenData;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.UnitTests.OpenData;

public sealed class ApiQueryTests
{
    private static (ApiQuery? Query, string? Problem) Parse(string query, IReadOnlyCollection<string>? allowed = null) =>
        ApiQuery.Parse(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)), allowed ?? ApiQuery.ServiceAtLocationParameters);

    [Fact]
    public void The_profiles_parameters_are_read_in_the_forms_clients_send_them()
    {
        var (query, problem) = Parse("?page=2&per_page=10&search=speech&minimum_age=5&maximum_age=11.5&day=monday&start_time=9:30&end_time=17:00:00&postcode=ba23ep&proximity=1500.5&modified_after=2026-09-01");
        Assert.Null(problem);
        Assert.Equal((2, 10, "speech"), (query!.Page, query.PerPage, query.Search));
        Assert.Equal((5m, 11.5m), (query.MinimumAge, query.MaximumAge));
        Assert.Equal(DayOfWeek.Monday, query.Day);
        Assert.Equal((new TimeOnly(9, 30), new TimeOnly(17, 0)), (query.StartTime, query.EndTime));
        Assert.Equal("BA2 3EP", query.Postcode!.Display);
        Assert.Equal(1501, query.ProximityMetres);
        Assert.Equal(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), query.ModifiedAfter);
        Assert.Equal(DayOfWeek.Saturday, Parse("?day=SA").Query!.Day);
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-1", "page")]
    [InlineData("?page=1.5", "page")]
    [InlineData("?per_page=0", "per_page")]
    [InlineData("?taxonomy_id=abc", "taxonomy_id")]
    [InlineData("?maximum_age=-3", "maximum_age")]
    [InlineData("?day=7", "day")]
    [InlineData("?end_time=5pm", "end_time")]
    [InlineData("?modified_after=yesterday", "modified_after")]
    [InlineData("?postcode=12345", "postcode")]
    [InlineData("?postcode=BA2&proximity=-10", "proximity")]
    [InlineData("?proximity=100", "needs a postcode")]
    public void A_wrong_value_is_refused_with_the_parameter_named(string query, string named)
    {
        var (parsed, problem) = Parse(query);
        Assert.Null(parsed);
        Assert.Contains(named, problem);
    }

    [Fact]
    public void Parameters_a_list_does_not_take_and_empty_values_are_ignored_and_per_page_is_capped()
    {
        var (query, problem) = Parse("?postcode=not-a-postcode&page=&per_page=100000&colour=blue", ApiQuery.ServiceParameters);
        Assert.Null(problem);
        Assert.Null(query!.Postcode);
        Assert.Equal((1, ApiQuery.MaxPerPage), (query.Page, query.PerPage));
    }

    [Theory]
    [InlineData(0, 1, 10, 0, 0, true, true, true)]
    [InlineData(25, 1, 10, 10, 3, true, false, false)]
    [InlineData(25, 3, 10, 5, 3, false, true, false)]
    [InlineData(25, 4, 10, 0, 3, false, true, true)]
    [InlineData(20, 2, 10, 10, 2, false, true, false)]
    public void Paging_fields_are_right_on_every_kind_of_page(int total, int page, int perPage, int size, int pages, bool first, bool last, bool empty)
    {
        var items = Enumerable.Range(0, size).ToList();
        var result = Or.Page<int>.Of(items, total, page, perPage);
        Assert.Equal((total, pages, page, size, first, last, empty),
            (result.TotalItems, result.TotalPages, result.PageNumber, result.Size, result.FirstPage, result.LastPage, result.Empty));
    }

    [Fact]
    public void Ids_made_from_content_are_the_same_every_time_and_differ_between_venues()
    {
        var venue = Guid.Parse("22222222-2222-4222-8222-000000000001");
        Assert.Equal(ServiceRecords.ServiceAtLocationId(venue), ServiceRecords.ServiceAtLocationId(venue));
        Assert.NotEqual(ServiceRecords.ServiceAtLocationId(venue), ServiceRecords.ServiceAtLocationId(Guid.Parse("22222222-2222-4222-8222-000000000002")));
        Assert.NotEqual(venue, ServiceRecords.ServiceAtLocationId(venue));
        Assert.Equal("self-referral", ServiceRecords.Code(Web.Features.Catalogue.AccessRoute.SelfReferral));
        Assert.Equal("regional-national", ServiceRecords.Code(Web.Features.Catalogue.Reach.RegionalNational));
    }
}
