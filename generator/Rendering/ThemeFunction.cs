using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OcopShowcase.Rendering;

/// <summary>
/// A function the theme calls (<c>t</c>, <c>tf</c>, <c>partial</c>), made once per language and shared by every page.
/// Scriban calls it directly with its arguments; a delegate imported per page would be invoked by reflection and its
/// wrappers rebuilt for every page, which cost more than rendering the page.
/// </summary>
public sealed class ThemeFunction(string name, int required, int parameters, Func<TemplateContext, ScriptNode?, ScriptArray, object?> body) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < required || arguments.Count > parameters)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{name} takes {(required == parameters ? $"{required}" : $"{required} to {parameters}")} arguments, not {arguments.Count}");
        }

        return body(context, callerContext, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => required;

    public int ParameterCount => parameters;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => Parameters[index];

    private static readonly ScriptParameterInfo[] Parameters = Enumerable.Range(0, 8).Select(i => new ScriptParameterInfo(typeof(object), $"arg{i}")).ToArray();

    public int GetParameterIndexByName(string parameterName) => -1;
}
