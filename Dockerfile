# involve in a container: no Swift toolchain needed to run it.
#
#   docker build -t involve .
#   docker run --rm -v "$PWD:/work" involve assess projects --format sarif --output involve.sarif
#
# Build stage: the official Swift image. The Swift standard library and Foundation are linked
# in statically (--static-swift-stdlib), so the runtime stage needs only the C and C++ runtime
# libraries, which the distroless "cc" image provides (glibc 2.36, newer than the build's 2.35).
ARG SWIFT_IMAGE=swift:6.0-jammy
ARG RUNTIME_IMAGE=gcr.io/distroless/cc-debian12:nonroot

FROM ${SWIFT_IMAGE} AS build
WORKDIR /src
# The manifest names the test targets too, so their folders must exist for it to load.
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --product involve --static-swift-stdlib \
    && mkdir -p /out \
    && cp "$(swift build -c release --product involve --static-swift-stdlib --show-bin-path)/involve" /out/involve \
    && /out/involve version

FROM ${RUNTIME_IMAGE}
COPY --from=build /out/involve /usr/local/bin/involve
# Project files are mounted here; reports are written here (as the user the image runs as:
# pass --user "$(id -u):$(id -g)" to own them).
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/involve"]
CMD ["help"]
