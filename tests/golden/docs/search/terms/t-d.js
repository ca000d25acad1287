sitrepSearchData("terms/t-d",{"d":"AA92NNwv8"});
