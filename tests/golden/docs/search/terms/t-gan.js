sitrepSearchData("terms/t-gan",{"ganchev":"zYKi6DTy0x8"});
