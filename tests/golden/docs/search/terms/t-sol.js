sitrepSearchData("terms/t-sol",{"soldiers":"NRB8gyYS5x0xxE58","soledar":"RPzi8GHHh6","solution":"RPzi8"});
