# Install rules (headers, libmarsad, CMake package config) are added with the API library.
