"""The ground floor every layer may import: errors, the translation hook, the vocabularies'
enums and labels, local times, masking and text normalisation. It imports nothing of the
program's above it, and no Qt."""
