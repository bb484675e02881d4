// The Publications layer: the model, diagnostics, and the readers that turn files into
// publications. Nothing here knows about analysis, charts or the command line.
