sitrepSearchData("terms/x-d188d182d183",{"штурмова":"JzHi2"});
