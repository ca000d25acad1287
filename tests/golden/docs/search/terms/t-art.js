sitrepSearchData("terms/t-art",{"artemivsk":"CDFv6","artemovsk":"CDFv6","articles":"EV_p8","artillery":"RPzig","artyomovsk":"CDFv6"});
