namespace NewsExtract.Server;

/// <summary>
/// The outermost middleware: turns a refused request (<see cref="ProblemException"/>, Kestrel's
/// <see cref="BadHttpRequestException"/>) into its problem document, and any other failure into a 500 problem
/// document whose detail says nothing of the code; the exception itself goes to the log.
/// </summary>
internal sealed class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (ProblemException ex) when (!context.Response.HasStarted)
        {
            await Problems.WriteAsync(context, ex.Status, ex.Message).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await Problems.WriteAsync(context, ex.StatusCode, ex.Message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer.
        }
#pragma warning disable CA1031 // Any failure must become a 500 problem document, never a stack trace for the client.
        catch (Exception ex) when (!context.Response.HasStarted)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "{Message}", Messages.Unhandled(context.Request.Method, context.Request.Path));
            await Problems.WriteAsync(context, StatusCodes.Status500InternalServerError, Messages.Internal).ConfigureAwait(false);
        }
    }
}
