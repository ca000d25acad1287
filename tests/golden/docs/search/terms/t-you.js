sitrepSearchData("terms/t-you",{"you":"NRB8oyYS58","youre":"NRB8o"});
