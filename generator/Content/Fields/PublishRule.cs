using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content.Fields;

/// <summary>
/// Something a product that is not a draft must have to be published (or, for a warning, should have), and what the
/// build reports without it. Read by <see cref="OcopShowcase.Kinds.Products.ProductReader"/> and written into the staff form's schema.
/// </summary>
/// <param name="Key">The front-matter key that must be there.</param>
/// <param name="Missing">What the build reports when it is not; its severity says whether publishing stops.</param>
/// <param name="AnyOf">For a mapping: the keys of which it must hold at least one (every other key is refused by the reader).</param>
public sealed record PublishRule(string Key, DiagnosticDescriptor Missing, IReadOnlyList<FieldRule>? AnyOf = null);
