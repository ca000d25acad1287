sitrepSearchData("terms/t-swe",{"sweden":"HGRk8EXWv8"});
