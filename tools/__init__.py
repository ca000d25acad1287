"""Development tools: scripts and the evaluation harness, never imported by the generator package."""
