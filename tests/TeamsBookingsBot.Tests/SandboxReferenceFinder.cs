using System.Reflection;
using System.Reflection.Emit;

namespace TeamsBookingsBot;

/// <summary>
/// Finds where a type uses types of another assembly: in its signatures (base type, interfaces, fields, properties,
/// parameters, return types, attributes) and in its method bodies (every type, method or field token in the IL).
/// </summary>
internal static class SandboxReferenceFinder
{
    private const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public
        | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IEnumerable<string> References(Type type, Assembly target)
    {
        IEnumerable<(string Where, Type Used)> uses = Signatures(type).Concat(Bodies(type));
        return uses.Where(u => Mentions(u.Used, target)).Select(u => $"{type.FullName} {u.Where}: {u.Used.FullName}").Distinct();
    }

    private static IEnumerable<(string, Type)> Signatures(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return ("base type", baseType);
        }
        foreach (Type i in type.GetInterfaces())
        {
            yield return ("interface", i);
        }
        foreach (CustomAttributeData a in type.CustomAttributes)
        {
            yield return ("attribute", a.AttributeType);
        }
        foreach (FieldInfo f in type.GetFields(Declared))
        {
            yield return ("field " + f.Name, f.FieldType);
        }
        foreach (PropertyInfo p in type.GetProperties(Declared))
        {
            yield return ("property " + p.Name, p.PropertyType);
        }
        foreach (MethodBase m in Methods(type))
        {
            foreach (ParameterInfo p in m.GetParameters())
            {
                yield return ($"{m.Name} parameter", p.ParameterType);
            }
            if (m is MethodInfo method)
            {
                yield return ($"{m.Name} return", method.ReturnType);
            }
        }
    }

    private static IEnumerable<(string, Type)> Bodies(Type type)
    {
        foreach (MethodBase method in Methods(type))
        {
            byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
            if (il is null)
            {
                continue;
            }
            foreach (MemberInfo member in Tokens(method, il))
            {
                Type? used = member as Type ?? member.DeclaringType;
                if (used is not null)
                {
                    yield return ($"{method.Name} body", used);
                }
                if (member is MethodInfo { IsGenericMethod: true } generic)
                {
                    foreach (Type argument in generic.GetGenericArguments())
                    {
                        yield return ($"{method.Name} body", argument);
                    }
                }
            }
        }
    }

    private static IEnumerable<MethodBase> Methods(Type type) =>
        type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared));

    private static IEnumerable<MemberInfo> Tokens(MethodBase method, byte[] il)
    {
        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (int i = 0; i < il.Length;)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            OpCode op = OpCodesByValue[value];
            if (op.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                int token = BitConverter.ToInt32(il, i);
                MemberInfo? member = null;
                try
                {
                    member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                    // A token in a generic context reflection cannot resolve; its types still appear in the signatures.
                }
                if (member is not null)
                {
                    yield return member;
                }
            }
            i += OperandSize(op, il, i);
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    private static bool Mentions(Type type, Assembly target) =>
        type.Assembly == target
        || (type.HasElementType && Mentions(type.GetElementType()!, target))
        || (type.IsGenericType && !type.IsGenericTypeDefinition && type.GetGenericArguments().Any(a => Mentions(a, target)));
}
