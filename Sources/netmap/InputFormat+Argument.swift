public import ArgumentParser
public import NetmapExtraction

extension InputFormat: ExpressibleByArgument {}
