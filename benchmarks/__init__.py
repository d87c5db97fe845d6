"""Performance benchmarks: ``python -m benchmarks NAME``. Not run as tests."""
