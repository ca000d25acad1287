sitrepSearchData("terms/t-bak",{"bakhmut":"CDFv6zyImxpNwD08"});
