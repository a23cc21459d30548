using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocalOffer.Web.Infrastructure.Database;

/// <summary>
/// PostgreSQL text cannot hold the NUL character and refuses any statement that sends one, which a
/// hostile address (<c>?q=%00</c>) would turn into an error page. On PostgreSQL each NUL in a text
/// parameter becomes U+FFFD, the character that stands for one that cannot be shown: no stored text
/// holds a NUL, so a lookup still finds nothing, and text typed with one is kept without it.
/// </summary>
public sealed class NulCharacterInterceptor : DbCommandInterceptor
{
    public static readonly NulCharacterInterceptor Instance = new();

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            if (parameter.Value is string text && text.Contains('\0')) parameter.Value = text.Replace('\0', '\uFFFD');
            else if (parameter.Value is string[] texts && texts.Any(t => t?.Contains('\0') == true))
                parameter.Value = texts.Select(t => t?.Replace('\0', '\uFFFD')).ToArray();
        }
        return command;
    }
}
