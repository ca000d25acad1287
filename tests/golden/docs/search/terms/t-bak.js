sitrepSearchData("terms/t-bak",{"bakhmut":"CDFv6LHVjxpASW38"});
