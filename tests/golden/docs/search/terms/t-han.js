sitrepSearchData("terms/t-han",{"hanchev":"zYKi2"});
