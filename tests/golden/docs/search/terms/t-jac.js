sitrepSearchData("terms/t-jac",{"jack":"DUFb2"});
