using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Infrastructure.Email;

/// <summary>Hands one email to whatever delivers mail. One implementation is chosen by configuration.</summary>
public interface IEmailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken ct);
}

/// <summary>The <c>LocalOffer:Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    /// <summary><c>file</c> writes each email to a folder (development, tests, demo); <c>smtp</c> sends it.</summary>
    public string Delivery { get; set; } = "file";
    /// <summary>Where <c>file</c> delivery writes, relative to the data directory unless rooted.</summary>
    public string DropFolder { get; set; } = "emails";
    /// <summary>How often the outbox looks for emails queued by other servers (its own wake it at once).</summary>
    public double OutboxCheckSeconds { get; set; } = 10;
    public string FromAddress { get; set; } = "localoffer@example.org";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool SmtpUseTls { get; set; } = true;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
}

/// <summary>Sends through an SMTP server with System.Net.Mail (MailKit is not available to us).</summary>
public sealed class SmtpEmailSender(IOptions<Hosting.LocalOfferOptions> options) : IEmailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken ct)
    {
        var o = options.Value.Email;
        using var client = new SmtpClient(o.SmtpHost ?? throw new InvalidOperationException("LocalOffer:Email:SmtpHost is not set."), o.SmtpPort) { EnableSsl = o.SmtpUseTls };
        if (!string.IsNullOrEmpty(o.SmtpUserName)) client.Credentials = new NetworkCredential(o.SmtpUserName, o.SmtpPassword);
        using var message = new MailMessage(new MailAddress(o.FromAddress, options.Value.Council.ServiceName), new MailAddress(email.To))
        {
            Subject = email.Subject, Body = email.Body, IsBodyHtml = false,
        };
        await client.SendMailAsync(message, ct);
    }
}

/// <summary>Writes each email as a file (.eml, readable in any mail program) into the drop folder.</summary>
public sealed class FileDropEmailSender(IOptions<Hosting.LocalOfferOptions> options, Hosting.DataDirectory data) : IEmailSender
{
    public string Folder => Path.IsPathRooted(options.Value.Email.DropFolder) ? options.Value.Email.DropFolder : Path.Combine(data.Path, options.Value.Email.DropFolder);

    public async Task SendAsync(OutgoingEmail email, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var o = options.Value;
        var text = $"From: {o.Council.ServiceName} <{o.Email.FromAddress}>\r\nTo: {email.To}\r\nSubject: {email.Subject}\r\nDate: {email.CreatedAt:R}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{email.Body}";
        var name = $"{email.CreatedAt:yyyyMMdd-HHmmss}-{email.Id:D6}.eml";
        await File.WriteAllTextAsync(Path.Combine(Folder, name), text, ct);
    }
}
