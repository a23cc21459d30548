using System.Globalization;
using CsvHelper;
using LocalOffer.Web.Features.Catalogue.Import;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>
/// Reads the Open Referral UK 3.0 tabular layout (<see cref="TabularLayout"/>: services.csv and the tables around
/// it, from a folder or a zip) back into full services. Every row is checked: an id that is not a UUID, a number
/// that is not a number, a reference to a row no table has. A bad row is reported with its file, line and
/// reason; a service with a bad row of its own, or linked to one (its organisation, a venue, a contact...), is
/// bad as a whole, so that it is never imported with a part missing. Tables this site has no use for
/// (funding, organization_identifiers, taxonomies) are not read; columns it does not know are ignored.
/// </summary>
public static class TabularImport
{
    public const string ServicesFile = "services.csv";

    /// <param name="open">Opens one of the tables by its file name, or gives null when there is no such file.</param>
    public static ReadResult Read(Func<string, Stream?> open)
    {
        var problems = new List<ImportProblem>();
        Table Load(string path)
        {
            using var stream = open(path);
            return stream is null ? Table.Missing(path) : Table.Read(path, stream, problems);
        }

        var services = Load(TabularLayout.Services.Path);
        if (!services.Exists) return new([], [new ImportProblem(ServicesFile, 0, "", "there is no services.csv")]);
        foreach (var column in new[] { "id", "name" })
            if (!services.Has(column)) problems.Add(new ImportProblem(ServicesFile, 0, "", $"services.csv has no '{column}' column") { Line = 1 });
        if (problems.Count > 0) return new([], problems);

        // Organisations.
        var organisations = new Dictionary<Guid, Draft<Or.Organization>>();
        var table = Load(TabularLayout.Organizations.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            var id = check.Id();
            var organisation = new Or.Organization
            {
                Id = id ?? Guid.Empty, Name = check.Text("name") ?? "", Description = check.Text("description") ?? "",
                Email = check.Text("email"), Website = check.Text("website"), Logo = check.Text("logo"), Uri = check.Text("uri"),
                ParentOrganizationId = check.Uuid("parent_organization_id"),
            };
            if (id is not null) Register(organisations, id.Value, new(organisation, table, row), check);
            check.Report(problems);
        }

        // Taxonomy terms, for the words of the terms services are linked to.
        var terms = new Dictionary<Guid, Or.TaxonomyTerm>();
        table = Load(TabularLayout.TaxonomyTerms.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            var id = check.Id();
            var term = new Or.TaxonomyTerm
            {
                Id = id ?? Guid.Empty, Name = check.Text("name") ?? "", Description = check.Text("description") ?? "",
                ParentId = check.Uuid("parent_id"), Taxonomy = check.Text("taxonomy"), TaxonomyId = check.Uuid("taxonomy_id"),
                TermUri = check.Text("term_uri"), Term = check.Text("term"), Code = check.Text("code"),
            };
            if (id is not null && check.Ok) terms[id.Value] = term;
            check.Report(problems);
        }

        // Services: a row's own problems make the service bad, and are reported with it.
        var drafts = new Dictionary<Guid, ServiceDraft>();
        foreach (var row in services.Rows)
        {
            var check = new Check(services, row);
            var id = check.Id();
            if (id is null) { check.Report(problems); continue; }
            var service = new Or.Service
            {
                Id = id.Value, OrganizationId = check.Uuid("organization_id"), Name = check.Text("name") ?? "", Description = check.Text("description"),
                Url = check.Text("url"), Email = check.Text("email"), Status = check.Text("status") ?? "active", Fees = check.Text("fees"),
                FeesDescription = check.Text("fees_description"), Accreditations = check.Text("accreditations"),
                EligibilityDescription = check.Text("eligibility_description"), ApplicationProcess = check.Text("application_process"),
                MinimumAge = check.Decimal("minimum_age"), MaximumAge = check.Decimal("maximum_age"), AssuredDate = check.Text("assured_date"),
                AssurerEmail = check.Text("assurer_email"), Alert = check.Text("alert"),
                LocalOffer = LocalOfferDetails(check),
            };
            var source = new ImportSource(services.File, 0, row.Line);
            if (drafts.ContainsKey(id.Value))
            {
                check.Fail($"the id {id} is used more than once in {services.File}");
                check.Report(problems);
                drafts[id.Value].Reasons.Add($"its id is used again on line {row.Line}");
                continue;
            }
            var draft = new ServiceDraft(service, source);
            draft.Reasons.AddRange(check.Reasons);
            if (service.OrganizationId is { } organisationId && organisations.TryGetValue(organisationId, out var organisation))
            {
                draft.Organization = organisation;
                draft.Reasons.AddRange(organisation.BadLines.Select(l => $"its organisation has a bad row ({organisation.Table.File} line {l})"));
            }
            drafts[id.Value] = draft;
        }

        // Children of a service: a row naming a service no row of services.csv has is bad; a bad row makes its service bad.
        ServiceDraft? ServiceOf(Check check, string column, bool required = true)
        {
            var id = check.Uuid(column);
            if (id is null)
            {
                if (required && check.Ok && check.Text(column) is null) check.Fail($"{column} is missing");
                return null;
            }
            if (drafts.TryGetValue(id.Value, out var draft)) return draft;
            check.Fail($"{column} {id} is not in {ServicesFile}");
            return null;
        }
        void Finish(Check check, ServiceDraft? draft)
        {
            if (!check.Ok) draft?.Reasons.Add($"it has a bad row in {check.Table.File} (line {check.Row.Line})");
            check.Report(problems);
        }

        // Venues, with their addresses and accessibility.
        var locations = new Dictionary<Guid, Draft<Or.Location>>();
        table = Load(TabularLayout.Locations.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            var id = check.Id();
            var location = new Or.Location
            {
                Id = id ?? Guid.Empty, LocationType = check.Text("location_type") ?? "physical", Name = check.Text("name"), Description = check.Text("description"),
                Latitude = check.Double("latitude"), Longitude = check.Double("longitude"),
                ExternalIdentifier = check.Text("external_identifier"), ExternalIdentifierType = check.Text("external_identifier_type"),
                ShowAreaOnly = check.Boolean("x_show_area_only"),
            };
            if (id is not null) Register(locations, id.Value, new(location, table, row), check);
            check.Report(problems);
        }
        Draft<Or.Location>? LocationOf(Check check)
        {
            var id = check.Uuid("location_id");
            if (id is null) { if (check.Ok) check.Fail("location_id is missing"); return null; }
            if (locations.TryGetValue(id.Value, out var location)) return location;
            check.Fail($"location_id {id} is not in {TabularLayout.Locations.Path}");
            return null;
        }
        var addresses = new List<(Draft<Or.Location> Location, Or.Address Address)>();
        table = Load(TabularLayout.Addresses.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            var id = check.Uuid("id") ?? Guid.Empty;
            var location = LocationOf(check);
            var address = new Or.Address
            {
                Id = id, LocationId = location?.Value.Id, Attention = check.Text("attention"), Address1 = check.Text("address_1") ?? "",
                City = check.Text("city") ?? "", Region = check.Text("region"), StateProvince = check.Text("state_province") ?? "",
                PostalCode = check.Text("postal_code") ?? "", Country = check.Text("country") ?? "GB", AddressType = check.Text("address_type") ?? "physical",
            };
            if (location is not null) { addresses.Add((location, address)); location.BadLines.AddRange(check.Lines); }
            check.Report(problems);
        }
        var features = new List<(Draft<Or.Location> Location, Or.Accessibility Accessibility)>();
        table = Load(TabularLayout.Accessibility.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            var id = check.Uuid("id") ?? Guid.Empty;
            var location = LocationOf(check);
            var feature = new Or.Accessibility
            {
                Id = id, LocationId = location?.Value.Id, Description = check.Text("description") ?? check.Text("accessibility"),
                Details = check.Text("details"), Url = check.Text("url"), Feature = check.Text("x_feature"),
            };
            if (location is not null) { features.Add((location, feature)); location.BadLines.AddRange(check.Lines); }
            check.Report(problems);
        }
        var builtLocations = locations.ToDictionary(l => l.Key, l => l.Value.Value with
        {
            Addresses = addresses.Where(a => a.Location == l.Value).Select(a => a.Address).ToList(),
            Accessibility = features.Where(a => a.Location == l.Value).Select(a => a.Accessibility).ToList(),
        });

        var placeOfService = new Dictionary<Guid, ServiceDraft>();
        table = Load(TabularLayout.ServiceAtLocations.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            var id = check.Uuid("id") ?? Guid.Empty;
            var draft = ServiceOf(check, "service_id");
            var location = LocationOf(check);
            if (draft is not null && location is not null)
            {
                draft.Places.Add(new Or.ServiceAtLocation { Id = id, ServiceId = draft.Service.Id, LocationId = location.Value.Id, Location = builtLocations[location.Value.Id] });
                draft.Reasons.AddRange(location.BadLines.Select(l => $"its venue has a bad row ({location.Table.File} line {l})"));
                if (id != Guid.Empty) placeOfService[id] = draft;
            }
            Finish(check, draft);
        }

        // Contacts and phones.
        var contacts = new Dictionary<Guid, (ServiceDraft Service, ContactDraft Contact)>();
        table = Load(TabularLayout.Contacts.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            var id = check.Id();
            var draft = ServiceOf(check, "service_id", required: false);
            var contact = new Or.Contact
            {
                Id = id ?? Guid.Empty, ServiceId = draft?.Service.Id, Name = check.Text("name"), Title = check.Text("title"),
                Email = check.Text("email"), Hidden = check.Boolean("x_hidden"),
            };
            if (draft is not null && id is not null)
            {
                if (!contacts.TryAdd(id.Value, (draft, new ContactDraft(contact)))) check.Fail($"the id {id} is used more than once in {table.File}");
                else draft.Contacts.Add(contacts[id.Value].Contact);
            }
            Finish(check, draft);
        }
        table = Load(TabularLayout.Phones.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            var id = check.Uuid("id") ?? Guid.Empty;
            var phone = new Or.Phone { Id = id, Number = check.Text("number") ?? "", Description = check.Text("description") };
            ServiceDraft? owner = null;
            if (check.Uuid("contact_id") is { } contactId)
            {
                if (contacts.TryGetValue(contactId, out var contact)) { contact.Contact.Phones.Add(phone with { ContactId = contactId }); owner = contact.Service; }
                else check.Fail($"contact_id {contactId} is not in {TabularLayout.Contacts.Path}");
            }
            else if (check.Text("service_id") is not null)
            {
                owner = ServiceOf(check, "service_id");
                owner?.Phones.Add(phone with { ServiceId = owner.Service.Id });
            }
            else if (check.Uuid("organization_id") is { } organisationId)
            {
                if (organisations.TryGetValue(organisationId, out var organisation))
                {
                    organisation.Phones.Add(phone with { OrganizationId = organisationId });
                    if (!check.Ok) organisation.BadLines.Add(row.Line);
                }
                else check.Fail($"organization_id {organisationId} is not in {TabularLayout.Organizations.Path}");
            }
            if (check.Ok && phone.Number.Length == 0 && (owner is not null)) check.Fail("number is missing");
            Finish(check, owner);
        }

        // The rest of a service's one-to-many fields.
        table = Load(TabularLayout.Schedules.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            ServiceDraft? draft;
            if (check.Text("service_id") is null && check.Uuid("service_at_location_id") is { } placeId)
            {
                if (!placeOfService.TryGetValue(placeId, out draft)) check.Fail($"service_at_location_id {placeId} is not in {TabularLayout.ServiceAtLocations.Path}");
            }
            else draft = ServiceOf(check, "service_id");
            draft?.Schedules.Add(new Or.Schedule
            {
                Id = check.Uuid("id") ?? Guid.Empty, ServiceId = draft.Service.Id, ValidFrom = check.Text("valid_from"), ValidTo = check.Text("valid_to"),
                Dtstart = check.Text("dtstart"), Freq = check.Text("freq"), Interval = check.Decimal("interval"), Byday = check.Text("byday"),
                Bymonthday = check.Text("bymonthday"), Description = check.Text("description"), OpensAt = check.Text("opens_at"), ClosesAt = check.Text("closes_at"),
                ScheduleLink = check.Text("schedule_link"), AttendingType = check.Text("attending_type"), Notes = check.Text("notes"),
            });
            Finish(check, draft);
        }
        table = Load(TabularLayout.ServiceAreas.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            var draft = ServiceOf(check, "service_id");
            draft?.Areas.Add(new Or.ServiceArea
            {
                Id = check.Uuid("id") ?? Guid.Empty, ServiceId = draft.Service.Id, Name = check.Text("name"), Extent = check.Text("extent"),
                ExtentType = check.Text("extent_type"), Uri = check.Text("uri"), Area = check.Text("service_area"),
            });
            Finish(check, draft);
        }
        table = Load(TabularLayout.Languages.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            // A language of a phone rather than of a service is not kept.
            var draft = check.Text("service_id") is null && check.Text("phone_id") is not null ? null : ServiceOf(check, "service_id");
            draft?.Languages.Add(new Or.Language { Id = check.Uuid("id") ?? Guid.Empty, ServiceId = draft.Service.Id, Name = check.Text("name"), Code = check.Text("code"), Note = check.Text("note") });
            Finish(check, draft);
        }
        table = Load(TabularLayout.CostOptions.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            var draft = ServiceOf(check, "service_id");
            draft?.Costs.Add(new Or.CostOption
            {
                Id = check.Uuid("id") ?? Guid.Empty, ServiceId = draft.Service.Id, ValidFrom = check.Text("valid_from"), ValidTo = check.Text("valid_to"),
                Option = check.Text("option"), Amount = check.Decimal("amount"), AmountDescription = check.Text("amount_description"), Currency = check.Text("currency"),
            });
            Finish(check, draft);
        }
        table = Load(TabularLayout.Answers.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            var draft = ServiceOf(check, "service_id");
            var question = check.Text("question");
            var answer = check.Text("answer");
            if (check.Ok && (question is null || answer is null)) check.Fail("question or answer is missing");
            if (check.Ok) draft?.Answers.Add(new Or.LocalOfferAnswer(question!, answer!));
            Finish(check, draft);
        }

        // Taxonomy terms linked to services. Links to organisations and venues are not kept.
        table = Load(TabularLayout.Attributes.Path);
        foreach (var row in table.Rows)
        {
            var check = new Check(table, row);
            var linkId = check.Uuid("link_id");
            var termId = check.Uuid("taxonomy_term_id");
            var entity = check.Text("link_entity")?.Trim().ToLowerInvariant();
            ServiceDraft? draft = null;
            if (linkId is not { } link)
            {
                if (check.Ok) check.Fail("link_id is missing");
            }
            else if (entity is null or "service" && drafts.TryGetValue(link, out var linked)) draft = linked;
            else if (entity == "service" || entity is null && !organisations.ContainsKey(link) && !locations.ContainsKey(link))
                check.Fail($"link_id {link} is not in {ServicesFile}");
            if (check.Ok && termId is null) check.Fail("taxonomy_term_id is missing");
            if (check.Ok && draft is not null)
                draft.Attributes.Add(new Or.Attribute
                {
                    Id = check.Uuid("id") ?? Guid.Empty, LinkId = linkId, LinkType = check.Text("link_type"), LinkEntity = "service",
                    TaxonomyTermId = termId, TaxonomyTerm = terms.GetValueOrDefault(termId!.Value), Value = check.Text("value"),
                });
            Finish(check, draft);
        }

        var read = drafts.Values.Select(d => new ReadService(d.Build(), d.Source) { Reasons = d.Reasons.Distinct().ToList() }).ToList();
        return new(read, problems);
    }

    private static Or.LocalOfferDetails? LocalOfferDetails(Check check)
    {
        if (!check.Table.Columns.Keys.Any(c => c.StartsWith("x_local_offer_", StringComparison.Ordinal))) return null;
        List<string>? List(string column) => check.Text(column)?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var details = new Or.LocalOfferDetails
        {
            Slug = check.Text("x_local_offer_slug"),
            Summary = check.Text("x_local_offer_summary"),
            Keywords = List("x_local_offer_keywords"),
            Level = check.Text("x_local_offer_level"),
            EhcPlan = check.Text("x_local_offer_ehc_plan"),
            AccessRoutes = List("x_local_offer_access_routes"),
            Delivery = List("x_local_offer_delivery"),
            Reach = check.Text("x_local_offer_reach"),
            AreaWide = check.Boolean("x_local_offer_area_wide"),
            Free = check.Boolean("x_local_offer_free"),
            OpeningNotes = check.Text("x_local_offer_opening_notes"),
            SenInformationReportUrl = check.Text("x_local_offer_sen_information_report_url"),
            SenContactName = check.Text("x_local_offer_sen_contact_name"),
            PersonalBudget = check.Boolean("x_local_offer_personal_budget"),
        };
        // A row with none of the extension's values filled in has no extension.
        object?[] values = [details.Slug, details.Summary, details.Keywords, details.Level, details.EhcPlan, details.AccessRoutes, details.Delivery, details.Reach,
            details.AreaWide, details.Free, details.OpeningNotes, details.SenInformationReportUrl, details.SenContactName, details.PersonalBudget];
        return values.Any(v => v is not null) ? details : null;
    }

    /// <summary>Keeps a row by its id; a second row with the same id is bad, and so is the first, as nobody can tell which is meant.</summary>
    private static void Register<T>(Dictionary<Guid, Draft<T>> rows, Guid id, Draft<T> draft, Check check)
    {
        if (rows.TryGetValue(id, out var first))
        {
            check.Fail($"the id {id} is used more than once in {check.Table.File}");
            first.BadLines.Add(check.Row.Line);
        }
        else
        {
            rows[id] = draft;
            draft.BadLines.AddRange(check.Lines);
        }
    }

    private sealed class Draft<T>(T value, Table table, Row row)
    {
        public T Value { get; } = value;
        public Table Table { get; } = table;
        public Row Row { get; } = row;
        public List<int> BadLines { get; } = [];
        public List<Or.Phone> Phones { get; } = [];
    }

    private sealed class ContactDraft(Or.Contact contact)
    {
        public List<Or.Phone> Phones { get; } = [];
        public Or.Contact Build() => contact with { Phones = Phones };
    }

    private sealed class ServiceDraft(Or.Service service, ImportSource source)
    {
        public Or.Service Service { get; } = service;
        public ImportSource Source { get; } = source;
        public List<string> Reasons { get; } = [];
        public Draft<Or.Organization>? Organization { get; set; }
        public List<Or.ServiceAtLocation> Places { get; } = [];
        public List<ContactDraft> Contacts { get; } = [];
        public List<Or.Phone> Phones { get; } = [];
        public List<Or.Schedule> Schedules { get; } = [];
        public List<Or.ServiceArea> Areas { get; } = [];
        public List<Or.Language> Languages { get; } = [];
        public List<Or.CostOption> Costs { get; } = [];
        public List<Or.Attribute> Attributes { get; } = [];
        public List<Or.LocalOfferAnswer> Answers { get; } = [];

        public Or.Service Build() => Service with
        {
            Organization = Organization is null ? null : Organization.Value with { Phones = Organization.Phones },
            ServiceAtLocations = Places,
            Contacts = Contacts.Select(c => c.Build()).ToList(),
            Phones = Phones,
            Schedules = Schedules,
            ServiceAreas = Areas,
            Languages = Languages,
            CostOptions = Costs,
            Attributes = Attributes,
            LocalOffer = Service.LocalOffer is null && Answers.Count == 0 ? null : (Service.LocalOffer ?? new()) with { Answers = Answers },
        };
    }

    private sealed record Row(int Line, string?[] Values);

    /// <summary>One CSV file, read whole: its columns by name and its rows with their lines.</summary>
    private sealed class Table
    {
        public required string File { get; init; }
        public bool Exists { get; init; } = true;
        public Dictionary<string, int> Columns { get; init; } = new(StringComparer.OrdinalIgnoreCase);
        public List<Row> Rows { get; } = [];

        public bool Has(string column) => Columns.ContainsKey(column);

        public string? Get(Row row, string column) =>
            Columns.TryGetValue(column, out var i) && i < row.Values.Length ? row.Values[i] : null;

        public static Table Missing(string file) => new() { File = file, Exists = false };

        public static Table Read(string file, Stream stream, List<ImportProblem> problems)
        {
            var options = CsvReaderOptions.Default with
            {
                Separator = ',', HasHeader = true, TrackLineNumbers = true, AllowLineBreaksInQuotes = true, SkipEmptyLines = true,
                MalformedData = CsvMalformedDataHandling.Skip,
                OnMalformedRecord = r => problems.Add(new ImportProblem(file, 0, "", r.Reason == CsvMalformedReason.FieldCountMismatch
                    ? "the row has a different number of fields from the header" : $"the row is not well-formed CSV ({r.Reason})") { Line = (int)r.LineNumber }),
            };
            using var csv = CsvReader.Create(stream, options);
            var table = new Table { File = file };
            var headers = csv.Headers;
            for (var i = 0; i < headers.Count; i++) table.Columns.TryAdd(headers[i].Trim().TrimStart('\uFEFF'), i);
            while (csv.Read())
            {
                var values = new string?[csv.FieldCount];
                for (var i = 0; i < values.Length; i++) values[i] = Unescape(csv.GetString(i));
                table.Rows.Add(new Row((int)csv.LineNumber, values));
            }
            return table;
        }

        /// <summary>Takes off the ' the export puts before text a spreadsheet would run as a formula.</summary>
        private static string? Unescape(string value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            return value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;
        }
    }

    /// <summary>Reads the fields of one row, noting each one that is wrong.</summary>
    private sealed class Check(Table table, Row row)
    {
        public Table Table { get; } = table;
        public Row Row { get; } = row;
        public List<string> Reasons { get; } = [];
        public bool Ok => Reasons.Count == 0;
        public IEnumerable<int> Lines => Ok ? [] : [Row.Line];

        public void Fail(string reason) => Reasons.Add(reason);

        public void Report(List<ImportProblem> problems) =>
            problems.AddRange(Reasons.Select(r => new ImportProblem(Table.File, 0, "", r) { Line = Row.Line }));

        public string? Text(string column) => Table.Get(Row, column);

        public Guid? Id()
        {
            if (Text("id") is null) { Fail("id is missing"); return null; }
            return Uuid("id");
        }

        public Guid? Uuid(string column)
        {
            var text = Text(column)?.Trim();
            if (text is null) return null;
            if (Guid.TryParse(text, out var id)) return id;
            Fail($"{column} '{Shorten(text)}' is not a UUID");
            return null;
        }

        public decimal? Decimal(string column)
        {
            var text = Text(column)?.Trim();
            if (text is null) return null;
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
            Fail($"{column} '{Shorten(text)}' is not a number");
            return null;
        }

        public double? Double(string column)
        {
            var text = Text(column)?.Trim();
            if (text is null) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
            Fail($"{column} '{Shorten(text)}' is not a number");
            return null;
        }

        public bool? Boolean(string column)
        {
            var text = Text(column)?.Trim().ToLowerInvariant();
            switch (text)
            {
                case null: return null;
                case "true" or "yes" or "y" or "1": return true;
                case "false" or "no" or "n" or "0": return false;
                default: Fail($"{column} '{Shorten(text)}' is not true or false"); return null;
            }
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
    }
}
