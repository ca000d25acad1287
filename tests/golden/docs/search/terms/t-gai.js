sitrepSearchData("terms/t-gai",{"gain":"RPzi8","gaining":"QNXdgxxE58","gains":"QNXdhxxE58"});
