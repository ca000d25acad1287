sitrepSearchData("terms/t-cit",{"citing":"RPzi8","city":"NRB8ygyYS5oxxE58"});
