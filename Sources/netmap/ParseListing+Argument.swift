public import ArgumentParser
public import NetmapExtraction

extension ParseListing.Format: ExpressibleByArgument {}
