sitrepSearchData("terms/x-d0bfd183d182",{"путин":"QUH06","путін":"QUH06"});
