sitrepSearchData("terms/t-2",{"2":"DTIn2zPEt2JZUp8xUDn2"});
