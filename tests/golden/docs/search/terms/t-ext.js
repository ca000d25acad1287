sitrepSearchData("terms/t-ext",{"extent":"NRB88","extremism":"DUFb8"});
