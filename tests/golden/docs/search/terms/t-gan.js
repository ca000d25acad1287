sitrepSearchData("terms/t-gan",{"ganchev":"zYKi6MRIrx8"});
