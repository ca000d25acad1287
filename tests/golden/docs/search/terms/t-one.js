sitrepSearchData("terms/t-one",{"one":"NRB88yYS5gxxE58","ones":"RPzi8"});
